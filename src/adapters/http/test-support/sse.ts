export interface SseEvent {
  id: string;
  event: string;
  data: { ids: string[]; advisories: string[]; exposures: { environment: string; workload: string }[] };
}

/** Reads a Server-Sent Events stream until an event matches (then closes it), or fails after 60 s. */
export async function readEvents(response: Response, wanted: (e: SseEvent) => boolean): Promise<SseEvent> {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const deadline = Date.now() + 60_000;
  try {
    while (Date.now() < deadline) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const field = (name: string) =>
          block
            .split('\n')
            .find((l) => l.startsWith(`${name}: `))
            ?.slice(name.length + 2);
        const data = field('data');
        if (data !== undefined) {
          const e = {
            id: field('id') ?? '',
            event: field('event') ?? '',
            data: JSON.parse(data),
          } as SseEvent;
          if (wanted(e)) return e;
        }
        end = buffer.indexOf('\n\n');
      }
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
  throw new Error('no matching event arrived');
}
