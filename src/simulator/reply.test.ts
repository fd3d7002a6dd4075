// The messages a decision becomes: the documented success, copied for each call, and FAILED with its label filled.
import { describe, expect, it } from 'vitest';
import { operationBySlug } from '../content-model/catalog.ts';
import { loadCatalog } from '../content-model/node.ts';
import { OP } from '../sdk/index.ts';
import { flowsFor } from './flows/index.ts';
import { documentedSuccess, failureError } from './reply.ts';

const catalog = loadCatalog();

describe('documentedSuccess', () => {
	it('has no result when the operation documents no output', () => {
		expect(documentedSuccess(operationBySlug(catalog, OP.logout), 't1')).toStrictEqual({ transactionId: 't1', status: 'SUCCEEDED' });
	});

	it('gives each call its own copy of the documented result', () => {
		const op = operationBySlug(catalog, OP.username);
		const first = documentedSuccess(op, 't1');
		expect(first).toStrictEqual({ transactionId: 't1', status: 'SUCCEEDED', result: { username: 'myname@mail.com' } });
		(first.result as { username: string }).username = 'changed';
		expect(documentedSuccess(op, 't2')).toStrictEqual({ transactionId: 't2', status: 'SUCCEEDED', result: { username: 'myname@mail.com' } });
	});
});

describe('failureError', () => {
	it('fills the component an operation names, or the parameter given', () => {
		expect(failureError(catalog, { code: 2344, op: operationBySlug(catalog, OP.vins) })).toStrictEqual({ code: 2344, label: 'TripNDrive not configured' });
		expect(failureError(catalog, { code: 2101, op: operationBySlug(catalog, OP.getPrice), parameter: 'vin' })).toStrictEqual({ code: 2101, label: 'Missing vin parameter' });
	});

	it('leaves a placeholder as written when no operation was reached', () => {
		expect(failureError(catalog, { code: 2344, fill: { Component: 'O2X' } })).toStrictEqual({ code: 2344, label: '[Component] not configured' });
	});
});

describe('flowsFor', () => {
	it('works an operation’s rows out once', () => {
		const op = operationBySlug(catalog, OP.logout);
		expect(flowsFor(op)).toBe(flowsFor(op));
	});
});
