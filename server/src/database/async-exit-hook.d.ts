/** The part of async-exit-hook (no published types) that embedded.ts uses. */
declare module 'async-exit-hook' {
  interface AsyncExitHook {
    unhookEvent(event: string): void;
  }
  const hook: AsyncExitHook;
  export default hook;
}
