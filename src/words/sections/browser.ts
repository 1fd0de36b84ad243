
/** The words of the pane's browser mode (opening a file, the toolbar, the preview). */
export interface BrowserText {
  readonly openHeading: string;
  readonly openHint: string;
  readonly chooseFile: string;
  readonly dropHere: string;
  readonly privacy: string;
  readonly opening: (name: string) => string;
  readonly cannotOpen: string;
  readonly openedFile: string;
  readonly download: string;
  readonly downloading: string;
  readonly downloadFailed: (reason: string) => string;
  readonly openAnother: string;
  readonly preview: string;
  readonly previewLabel: (name: string) => string;
  readonly previewEmpty: string;
  readonly previewRows: (rows: number) => string;
  readonly row: string;
  readonly strip: string;
  readonly meets: string;
  readonly loadingRows: string;
}
