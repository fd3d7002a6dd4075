/** Who is using the app: logged out, logged in (basic authentication), and whether this device is enrolled. */
export interface SessionState {
	loggedIn: boolean;
	/** Strong authentication: this device is enrolled for the account (it stays enrolled across logout and login). */
	enrolled: boolean;
	/** The login of the account, as pims.authentication.account returns it. */
	username: string;
}

/** The three stages the reference speaks of; enrolled implies logged in. */
export type SessionStage = 'loggedOut' | 'loggedIn' | 'enrolled';

export function sessionStage(s: SessionState): SessionStage {
	if (!s.loggedIn) return 'loggedOut';
	return s.enrolled ? 'enrolled' : 'loggedIn';
}

export function createSession(username: string, at: Pick<SessionState, 'loggedIn' | 'enrolled'>): SessionState {
	return { ...at, username };
}
