// The package's entry pulls in the whole Readability parser; this file alone is the cheap
// check, so the detection script that runs on every news page stays small.
declare module '@mozilla/readability/Readability-readerable.js' {
  import type { isProbablyReaderable as Check } from '@mozilla/readability';
  const isProbablyReaderable: typeof Check;
  export default isProbablyReaderable;
}
