// The pims facade as the published examples call it: signatures only, for compiling the site's Kotlin snippets.
package sdk.stub

/** What every callback receives: the message as a map (`status`, `transactionId`, `result` or `error`). */
typealias Message = Map<String, Any?>

object pims {
    fun initialize(parameters: Map<String, Any?>, callback: (Message) -> Unit) {}
    fun release(callback: (Message) -> Unit) {}
    fun get(api: String, callback: (Message) -> Unit) {}
    fun get(api: String, parameters: Map<String, Any?>, callback: (Message) -> Unit) {}
    fun set(api: String, callback: (Message) -> Unit) {}
    fun set(api: String, parameters: Map<String, Any?>, callback: (Message) -> Unit) {}
    fun subscribe(api: String, callback: (Message) -> Unit) {}
    fun subscribe(api: String, parameters: Map<String, Any?>, callback: (Message) -> Unit) {}
    fun unsubscribe(api: String, callback: (Message) -> Unit) {}
}
