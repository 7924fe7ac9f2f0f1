/** A message ready to POST: its JSON body and the headers a channel adds. */
export interface RenderedMessage {
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
}
