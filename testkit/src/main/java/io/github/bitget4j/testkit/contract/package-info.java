/**
 * Contract tests that any plugin can reuse: extend
 * {@link io.github.bitget4j.testkit.contract.SignerProviderContract} for a signer,
 * {@link io.github.bitget4j.testkit.contract.HttpTransportContract} for an HTTP transport and
 * {@link io.github.bitget4j.testkit.contract.WebSocketTransportContract} for a WebSocket transport in a test class of
 * your plugin. {@link io.github.bitget4j.testkit.contract.SoftHsmToken} sets up a throw-away SoftHSM2 token for
 * PKCS#11 signers.
 */
@NullMarked
package io.github.bitget4j.testkit.contract;

import org.jspecify.annotations.NullMarked;
