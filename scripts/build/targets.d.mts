export function buildTargets(targets: readonly ('chrome' | 'firefox')[]): Promise<void>;
