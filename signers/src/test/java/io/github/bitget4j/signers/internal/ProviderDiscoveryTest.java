package io.github.bitget4j.signers.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitget4j.spi.BitgetProvider;
import io.github.bitget4j.spi.SignerProvider;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMParser;
import org.junit.jupiter.api.Test;

/** How applications find these providers: class path, module path, and class path without Bouncy Castle. */
class ProviderDiscoveryTest {

    private static final String SIGNERS_MODULE = "io.github.bitget4j.signers";

    @Test
    void serviceLoaderFindsAllFourProvidersOnTheClassPath() {
        List<String> names = ServiceLoader.load(SignerProvider.class).stream()
                .map(ServiceLoader.Provider::get).map(BitgetProvider::name).toList();
        assertThat(names).contains("hmac", "rsa", "pkcs11", "keystore");
    }

    @Test
    void moduleDescriptorProvidesAllFourProvidersAndTheRsaSignerWorksInsideANamedModule() throws Exception {
        ModuleFinder finder = ModuleFinder.of(location(RsaSignerProvider.class), location(SignerProvider.class),
                location(BouncyCastleProvider.class), location(PEMParser.class), location(ContentInfo.class));
        Configuration configuration = ModuleLayer.boot().configuration()
                .resolveAndBind(finder, ModuleFinder.of(), Set.of(SIGNERS_MODULE));
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getSystemClassLoader());
        ClassLoader loader = layer.findLoader(SIGNERS_MODULE);
        Class<?> providerType = loader.loadClass(SignerProvider.class.getName());

        List<Object> providers = new ArrayList<>();
        ServiceLoader.load(layer, providerType).forEach(providers::add);
        assertThat(providers).extracting(provider -> provider.getClass().getModule().getName())
                .containsOnly(SIGNERS_MODULE);
        assertThat(providers).extracting(provider -> call(providerType, "name", provider))
                .containsExactlyInAnyOrder("hmac", "rsa", "pkcs11", "keystore");

        Object rsa = providers.stream().filter(provider -> "rsa".equals(call(providerType, "name", provider))).findFirst().orElseThrow();
        TestKeys.Vector vector = TestKeys.vectors("rsa").get(0);
        Object signer = create(loader, providerType, rsa, TestKeys.RSA_PKCS1_LEGACY_ENCRYPTED, TestKeys.KEY_PASSWORD);
        Class<?> signerType = loader.loadClass("io.github.bitget4j.spi.Signer");
        assertThat(signerType.getMethod("sign", byte[].class).invoke(signer, (Object) vector.message().getBytes(UTF_8)))
                .isEqualTo(vector.expected());
    }

    @Test
    void withoutBouncyCastleTheRsaProviderStillLoadsButSaysWhyItIsUnusable() throws Exception {
        try (URLClassLoader noBouncyCastle = classLoaderWithoutBouncyCastle()) {
            Class<?> providerType = noBouncyCastle.loadClass(SignerProvider.class.getName());
            List<Object> providers = new ArrayList<>();
            ServiceLoader.load(providerType, noBouncyCastle).forEach(providers::add);
            assertThat(providers).extracting(provider -> call(providerType, "name", provider))
                    .containsExactlyInAnyOrder("hmac", "rsa", "pkcs11", "keystore");

            Object rsa = providers.stream().filter(p -> "rsa".equals(call(providerType, "name", p))).findFirst().orElseThrow();
            assertThat(call(providerType, "isUsable", rsa)).isEqualTo(false);
            assertThat((String) call(providerType, "unusableReason", rsa))
                    .contains("Bouncy Castle is missing", "bcprov-jdk18on");
            Throwable failure = createFailure(noBouncyCastle, providerType, rsa, TestKeys.RSA_PKCS8);
            assertThat(failure.getClass().getName()).isEqualTo("io.github.bitget4j.spi.SignerException");
            assertThat(failure).hasMessageContaining("Bouncy Castle is missing");

            Object hmac = providers.stream().filter(p -> "hmac".equals(call(providerType, "name", p))).findFirst().orElseThrow();
            TestKeys.Vector vector = TestKeys.vectors("hmac-ascii").get(0);
            Object signer = create(noBouncyCastle, providerType, hmac, TestKeys.HMAC_SECRET_ASCII, null);
            Class<?> signerType = noBouncyCastle.loadClass("io.github.bitget4j.spi.Signer");
            assertThat(signerType.getMethod("sign", byte[].class).invoke(signer, (Object) vector.messageBytes()))
                    .isEqualTo(vector.expected());
        }
    }

    // Our classes and the SPI, with the platform loader as parent: Bouncy Castle is not visible.
    private static URLClassLoader classLoaderWithoutBouncyCastle() throws Exception {
        return new URLClassLoader(new URL[] {location(RsaSignerProvider.class).toUri().toURL(),
                location(SignerProvider.class).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    }

    private static Object create(ClassLoader loader, Class<?> providerType, Object provider, String secret,
            String password) throws Exception {
        Class<?> specType = loader.loadClass("io.github.bitget4j.spi.SignerSpec");
        Object spec = specType.getConstructor(String.class, String.class, java.util.Map.class)
                .newInstance(secret, password, java.util.Map.of());
        return providerType.getMethod("create", specType).invoke(provider, spec);
    }

    private static Throwable createFailure(ClassLoader loader, Class<?> providerType, Object provider, String secret)
            throws Exception {
        try {
            create(loader, providerType, provider, secret, null);
        } catch (InvocationTargetException e) {
            return e.getCause();
        }
        throw new AssertionError("create succeeded without Bouncy Castle");
    }

    // Calls an SPI interface method (the provider classes themselves sit in a non-exported package).
    private static Object call(Class<?> providerType, String method, Object provider) {
        try {
            Method m = providerType.getMethod(method);
            return m.invoke(provider);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }
}
