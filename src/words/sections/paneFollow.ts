
/** The Follow the selection panel's words. */
export interface FollowText {
  readonly heading: string;
  readonly follow: string;
  readonly hint: string;
  readonly needMapping: string;
  readonly outside: string;
  readonly waiting: string;
  readonly row: (row: number) => string;
  readonly postId: string;
  readonly indicativeClass: string;
  readonly noClass: string;
  readonly flags: string;
  readonly grid: string;
  readonly met: string;
  readonly notMet: string;
}
