import browser, { type Runtime } from 'webextension-polyfill';
import { isOwnTopFrame } from '../shared/messages';
import { READER_PORT_NAME } from '../shared/toBackground';

/**
 * Accepts the port each reader script opens. Nothing is sent over it: it exists so that the
 * browser closes it when this extension is updated or reloaded, which tells the old script
 * that it has been orphaned.
 */
export function acceptReaderPorts(): void {
  browser.runtime.onConnect.addListener((port: Runtime.Port) => {
    if (port.name !== READER_PORT_NAME || port.sender === undefined || !isOwnTopFrame(port.sender, browser.runtime.id)) port.disconnect();
  });
}
