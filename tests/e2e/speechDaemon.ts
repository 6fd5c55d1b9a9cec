import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath } from './support/browser';

/**
 * Real voices for headless Chromium on Debian: espeak-ng behind speech-dispatcher, heard by a
 * PulseAudio null sink. What makes them reliable, found by trying:
 *  - our own speech-dispatcher, started and answering before the browser starts: Chromium asks
 *    for the voice list once, and a daemon it autospawns is often still loading its modules
 *    then (no voices), and one left from an earlier run may be shutting down (its idle timeout);
 *  - `-t 0`, so it does not quit between tests, and no autospawn, so a client asking too early
 *    cannot start a second daemon with the system's settings on the same socket;
 *  - patience: loading espeak-ng's ~13 000 voices takes seconds, many more on a busy machine;
 *  - audio into a PulseAudio null sink, which plays in real time: with no sound card ALSA
 *    fails, and a null ALSA device swallows a sentence instantly, so "speaking" lasts a few ms.
 */
export interface SpeechDaemon {
  /** environment for the browser: where its libspeechd finds this daemon */
  env: Record<string, string>;
  /** a Chromium wrapper that adds --enable-speech-dispatcher */
  chromiumPath: string;
  stop(): void;
}

const SPEECH_TOOLS = ['speech-dispatcher', 'spd-say', 'pulseaudio', 'espeak-ng'];

export function missingSpeechTools(): string[] {
  return SPEECH_TOOLS.filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
}

async function until(what: string, condition: () => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`speech set-up: ${what} did not happen in time`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

export async function startSpeechDaemon(realChromium: string): Promise<SpeechDaemon> {
  const dir = mkdtempSync(join(tmpdir(), 'lucid-speech-'));
  const children: ChildProcess[] = [];
  const stop = (): void => {
    for (const child of children.reverse()) if (!exited(child)) child.kill();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    return await start(dir, realChromium, children, stop);
  } catch (error) {
    stop();
    throw error;
  }
}

async function start(dir: string, realChromium: string, children: ChildProcess[], stop: () => void): Promise<SpeechDaemon> {
  const pulseSocket = join(dir, 'pulse', 'native');
  const speechSocket = join(dir, 'speechd.sock');
  const base = { ...process.env, HOME: dir, XDG_RUNTIME_DIR: dir, PULSE_RUNTIME_PATH: join(dir, 'pulse') };
  // Read by any speech-dispatcher a client would autospawn (HOME is ours): it then stays out.
  mkdirSync(join(dir, '.config', 'speech-dispatcher'), { recursive: true });
  writeFileSync(join(dir, '.config', 'speech-dispatcher', 'speechd.conf'), 'DisableAutoSpawn\n');

  const pulse = spawn(
    'pulseaudio',
    [
      '-n',
      '--daemonize=no',
      '--exit-idle-time=-1',
      '--use-pid-file=no',
      '--load=module-null-sink sink_name=lucid_null',
      `--load=module-native-protocol-unix auth-anonymous=1 socket=${pulseSocket}`,
    ],
    { env: base, stdio: 'ignore' },
  );
  children.push(pulse);
  await until('PulseAudio listening', () => existsSync(pulseSocket) || exited(pulse));
  if (exited(pulse)) throw new Error('speech set-up: PulseAudio exited');

  const conf = join(dir, 'conf');
  cpSync('/etc/speech-dispatcher', conf, { recursive: true, dereference: true });
  const speechd = join(conf, 'speechd.conf');
  writeFileSync(speechd, `${readFileSync(speechd, 'utf8')}\nAudioOutputMethod "pulse"\nDefaultModule espeak-ng\n`);
  const daemonEnv = { ...base, PULSE_SERVER: `unix:${pulseSocket}` };
  const daemon = spawn(
    'speech-dispatcher',
    ['-s', '-t', '0', '-l', '1', '-C', conf, '-c', 'unix_socket', '-S', speechSocket, '-L', dir],
    { env: daemonEnv, stdio: 'ignore' },
  );
  children.push(daemon);
  await until('speech-dispatcher listening', () => existsSync(speechSocket) || exited(daemon));
  const address = `unix_socket:${speechSocket}`;
  // Answering with voices means its modules have loaded.
  await until('speech-dispatcher listing voices', () => {
    if (exited(daemon)) return true;
    const list = spawnSync('spd-say', ['-L'], { env: { ...daemonEnv, SPEECHD_ADDRESS: address }, timeout: 20_000 });
    return list.status === 0 && list.stdout.toString().split('\n').length > 2;
  });
  if (exited(daemon)) throw new Error('speech set-up: speech-dispatcher exited');

  const chromiumPath = join(dir, 'chromium-with-speech');
  writeFileSync(chromiumPath, `#!/bin/sh\nexec "${realChromium}" --enable-speech-dispatcher "$@"\n`);
  chmodSync(chromiumPath, 0o755);

  return { env: { SPEECHD_ADDRESS: address, PULSE_SERVER: `unix:${pulseSocket}` }, chromiumPath, stop };
}

/**
 * Real voices for a headless Chromium that a script starts (the demo, the store screenshots), as
 * the read-aloud tests have them: without them Chromium on Linux has none and ▶ says "no voice".
 * Points CHROMIUM_PATH and the daemon's address in process.env at them for launchWithExtension;
 * null, with a line saying why, when the tools are not installed.
 */
export async function voicesForHeadlessChromium(): Promise<SpeechDaemon | null> {
  const missing = missingSpeechTools();
  if (missing.length > 0) {
    console.warn(`(no voices: ${missing.join(', ')} not installed; the play button will say so)`);
    return null;
  }
  const daemon = await startSpeechDaemon(chromiumPath());
  Object.assign(process.env, daemon.env, { CHROMIUM_PATH: daemon.chromiumPath });
  return daemon;
}
