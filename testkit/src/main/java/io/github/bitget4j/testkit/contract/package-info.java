/**
 * Contract tests that any {@link io.github.bitget4j.spi.SignerProvider} can reuse: extend
 * {@link io.github.bitget4j.testkit.contract.SignerProviderContract} in a test class of your plugin.
 * {@link io.github.bitget4j.testkit.contract.SoftHsmToken} sets up a throw-away SoftHSM2 token for
 * PKCS#11 signers.
 */
@NullMarked
package io.github.bitget4j.testkit.contract;

import org.jspecify.annotations.NullMarked;
