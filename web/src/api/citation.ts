/** A citation as the API sends it: a span of a source's text and the SHA-256 of that span. */
export interface Citation {
  source: string;
  start: number;
  end: number;
  sha256: string;
}
