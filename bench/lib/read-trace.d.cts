/** The file bench/lib/read-trace.cjs appends each Markdown read to. */
export const READ_TRACE_FILE: string;
