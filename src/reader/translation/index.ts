export * from './types';
export * from './support';
export * from './pipeline';
