/**
 * Where a library module of the kit reports: the command line hands it the console, a Vite
 * plugin its logger, a test something that records. Only the command line prints by itself.
 */
export interface Log {
  info: (message: string) => void
  warn: (message: string) => void
  error: (message: string) => void
}

/** Says nothing: for callers that only want the result. */
export const SILENT: Log = {
  info: () => {},
  warn: () => {},
  error: () => {},
}
