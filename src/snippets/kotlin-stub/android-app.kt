package android.app

open class Application : android.content.Context() {
    open fun onCreate() {}
}

open class Activity : android.content.Context() {
    protected open fun onStart() {}
    protected open fun onStop() {}
}
