// The host-length rule of `HttpUrlSchema`, apart from zod so that the shape
// checker generated at build time can run it without loading the schemas.

/** The longest host name DNS allows, in characters. */
export const MAX_HOST_LENGTH = 253;

/** The message of a URL whose host is longer than {@link MAX_HOST_LENGTH}. */
export const HOST_TOO_LONG = `A host name has at most ${MAX_HOST_LENGTH} characters.`;

/** Whether the host of a URL that matches `HTTP_URL` is at most {@link MAX_HOST_LENGTH} characters. */
export function hasShortHost(url: string): boolean {
  const start = url.indexOf("//") + 2;
  const end = url.slice(start).search(/[/?#:]|$/);
  return end <= MAX_HOST_LENGTH;
}
