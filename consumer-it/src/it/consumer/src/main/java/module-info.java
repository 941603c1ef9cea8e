/** A user's application on the module path: it reads the SDK's API and the testkit, nothing else. */
module com.example.consumer {
    requires io.github.bitget4j;
    requires io.github.bitget4j.testkit;
}
