package io.github.bitget4j.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitget4j.codegen.Model.EndpointDef;
import io.github.bitget4j.codegen.Model.LimitDef;
import io.github.bitget4j.codegen.Model.ModelFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimitModelTest {

    private static final String HEADER = """
            area  v2 demo                                  -- Demo.
              interface  io.github.bitget4j.v2.DemoApiV2
              models     io.github.bitget4j.model.v2
            """;

    private static ModelFile parse(String endpoints) {
        return ModelParser.parse("v2/demo.model", HEADER + endpoints);
    }

    @Test
    void aLimitLineGivesCountWindowScopeAndGroup() {
        ModelFile file = parse("""
                endpoint placeOne  POST /api/v2/demo/place  private  -- Places.
                  limit     10/s uid group=demo-orders
                  response  text
                endpoint listAll  GET /api/v2/demo/list  public  -- Lists.
                  limit     300/min ip
                  response  text
                """);
        assertThat(file.endpoints()).extracting(EndpointDef::limit).containsExactly(
                new LimitDef(10, 1, "uid", "demo-orders", true), new LimitDef(300, 60, "ip", null, true));
    }

    @Test
    void anEndpointWithoutALimitGetsTheConservativeDefaultOfItsAuth() {
        ModelFile file = parse("""
                endpoint secret  GET /api/v2/demo/secret  private
                  response  text
                endpoint open  GET /api/v2/demo/open  public
                  response  text
                endpoint either  GET /api/v2/demo/either  optional
                  response  text
                """);
        assertThat(file.endpoints()).extracting(EndpointDef::limit)
                .containsExactly(RateLimits.DEFAULT_PRIVATE, RateLimits.DEFAULT_PUBLIC, RateLimits.DEFAULT_PUBLIC);
        assertThat(RateLimits.DEFAULT_PRIVATE.documented()).isFalse();
    }

    @Test
    void aMalformedLimitIsRefusedWithFileAndLine() {
        for (String bad : List.of("10 uid", "10/h uid", "0/s uid", "10/s account", "10/s uid group=Bad_Name", "10/s")) {
            assertThatThrownBy(() -> parse("endpoint x  GET /api/v2/demo/x  public\n  limit " + bad + "\n  response text\n"))
                    .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("v2/demo.model:5: limit is");
        }
    }

    @Test
    void theGeneratedConstantCarriesTheLimitAndTheJavadocStatesIt() {
        Model model = Generator.resolve(List.of(parse("""
                endpoint placeOne  POST /api/v2/demo/place  private  -- Places.
                  limit     10/s uid group=demo-orders
                  response  text
                endpoint listAll  GET /api/v2/demo/list  public  -- Lists.
                  response  text
                """)));
        var out = Generator.generate(model);
        String constants = out.get("api/src/generated/java/io/github/bitget4j/internal/endpoints/DemoEndpointsV2.java");
        assertThat(constants)
                .contains(".withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID, \"demo-orders\")")
                .contains(".withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.IP)");
        String api = out.get("api/src/generated/java/io/github/bitget4j/v2/DemoApiV2.java");
        assertThat(api).contains("rate limit 10 requests per second per UID shared with the other endpoints of group"
                + " {@code demo-orders}")
                .contains("rate limit 10 requests per second per IP (no documented limit: the SDK's conservative default)");
        assertThat(out.get(CatalogWriter.PATH)).contains(
                "\"limit\": {\"count\": 10, \"windowSeconds\": 1, \"scope\": \"uid\", \"group\": \"demo-orders\"}",
                "\"limit\": {\"count\": 10, \"windowSeconds\": 1, \"scope\": \"ip\", \"group\": \"/api/v2/demo/list\"}");
    }
}
