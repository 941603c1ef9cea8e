package io.github.bitget4j.testplugins;

import io.github.bitget4j.spi.Signer;
import io.github.bitget4j.spi.SignerProvider;
import io.github.bitget4j.spi.SignerSpec;

/** A plugin whose construction fails, as a broken jar would: resolution must go on without it. */
public final class BrokenTestSignerProvider implements SignerProvider {

    public BrokenTestSignerProvider() {
        throw new IllegalStateException("this plugin cannot start");
    }

    @Override
    public String name() {
        return "broken";
    }

    @Override
    public boolean supports(SignerSpec spec) {
        return true;
    }

    @Override
    public Signer create(SignerSpec spec) {
        throw new UnsupportedOperationException();
    }
}
