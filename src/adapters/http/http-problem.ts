/** A refusal the HTTP layer turns into a status: 401, 403, 404, 409, 429, 503. */
export class HttpProblem extends Error {
  readonly statusCode: number;
  readonly code: string;
  constructor(statusCode: number, code: string, message: string) {
    super(message);
    this.statusCode = statusCode;
    this.code = code;
  }
}
