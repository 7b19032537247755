/**
 * Errors the fake host answers with, using Excel's error codes (Excel.ErrorCodes) and HTTP statuses, so the real
 * client turns them into the same `OfficeExtension.Error` an add-in would see in Excel.
 */
export class HostError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly httpStatus = 400,
  ) {
    super(message);
  }
}

export const itemNotFound = (what: string): HostError =>
  new HostError('ItemNotFound', `The requested resource doesn't exist. (${what})`, 404);

export const itemAlreadyExists = (what: string): HostError =>
  new HostError(
    'ItemAlreadyExists',
    `A resource with the same name or identifier already exists. (${what})`,
    409,
  );

export const invalidArgument = (why: string): HostError =>
  new HostError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (${why})`);

export const invalidOperation = (why: string): HostError =>
  new HostError('InvalidOperation', `This operation is not permitted for the current object. (${why})`);

export const generalException = (why: string): HostError =>
  new HostError(
    'GeneralException',
    `There was an internal error while processing the request. (${why})`,
    500,
  );

export const apiNotFound = (member: string, why: string): HostError =>
  new HostError('ApiNotFound', `The API you are trying to use could not be found. (${member}: ${why})`, 404);

export const payloadTooLarge = (which: 'request' | 'response', bytes: number): HostError =>
  new HostError(
    which === 'request' ? 'RequestPayloadSizeLimitExceeded' : 'ResponsePayloadSizeLimitExceeded',
    `The ${which} payload size has exceeded the limit (${bytes} bytes).`,
    413,
  );
