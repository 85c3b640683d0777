/**
 * Codes the command line (`news-schema validate --format json`) gives a
 * record it could not read, with the stage {@link INPUT_STAGE}, next to the
 * codes of `ISSUE_CODES`: a line or an array element that is not JSON, not
 * UTF-8, or longer than `--max-line-bytes`. A pipeline that routes records
 * by code needs both lists.
 */
export const INPUT_ISSUE_CODES = ["invalid_json", "invalid_utf8", "line_too_long"] as const;

/** A code the command line gives a record it could not read. */
export type InputIssueCode = (typeof INPUT_ISSUE_CODES)[number];

/** The stage of an issue the command line found in its input, before any check of `validateRecord` ran. */
export const INPUT_STAGE = "input";

/**
 * Codes of the command line's `file_error` objects: a file that cannot be
 * read, a `.json` file over `--max-json-bytes`, or an input that holds no
 * record at all.
 */
export const FILE_ERROR_CODES = ["file_unreadable", "file_too_large", "no_records"] as const;

/** A code of a file the command line could not check. */
export type FileErrorCode = (typeof FILE_ERROR_CODES)[number];
