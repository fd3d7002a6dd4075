// The few Android framework classes the platform pages' snippets extend, as empty shells.
package android.content

open class Context
