import type { Status } from './status.ts';

/** A JSON value as the SDK's dictionaries carry it. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** A dictionary: the params of a call, the result of a message. */
export type JsonObject = { [key: string]: Json };

export interface MessageError {
	code: number;
	label: string;
}

/** A message as the SDK hands it to a callback. */
export interface Message {
	transactionId: string;
	status: Status;
	result?: JsonObject;
	error?: MessageError;
}
