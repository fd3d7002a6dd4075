import { describe, expect, it } from 'vitest';
import { breakParts } from './dom.ts';

describe('breakParts', () => {
	it('breaks between the words of a camel-case name, not inside them', () => {
		expect(breakParts('StrongAuthentication, O2X, TripNDrive')).toEqual(['Strong', 'Authentication, O2X, Trip', 'NDrive']);
	});
	it('breaks after the dots of an API name', () => {
		expect(breakParts('pims.authentication.trustedphonenumber')).toEqual(['pims.', 'authentication.', 'trustedphonenumber']);
	});
	it('leaves a VIN, a number and plain words whole', () => {
		expect(breakParts('VR1AB12C3D4567890')).toEqual(['VR1AB12C3D4567890']);
		expect(breakParts('battery 80%')).toEqual(['battery 80%']);
	});
});
