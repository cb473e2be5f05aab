/** "LIVE": on a live page while coverage runs, and on its cards. */
export function LiveLabel() {
  return <span className="live-label">Live</span>;
}
