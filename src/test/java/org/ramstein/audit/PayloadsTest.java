package org.ramstein.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Payloads are JSON with every secret's value redacted, at any depth and in any input shape, and capped in size. */
class PayloadsTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void jsonBodiesAreRedactedAtAnyDepth() throws Exception {
        String p = Payloads.json("""
                {"donor": "Germany", "password": "hunter2", "account": {"newPassword": "s3cret!", "tokens": [{"token": "abc123"}]},
                 "lines": [{"item": "Marder", "apiToken": "t0k"}]}""");
        assertThat(p).doesNotContain("hunter2").doesNotContain("s3cret!").doesNotContain("abc123").doesNotContain("t0k");
        JsonNode n = JSON.readTree(p);
        assertThat(n.path("donor").asText()).isEqualTo("Germany");
        assertThat(n.path("password").asText()).isEqualTo("[redacted]");
        assertThat(n.path("account").path("newPassword").asText()).isEqualTo("[redacted]");
        assertThat(n.path("account").path("tokens").get(0).path("token").asText()).isEqualTo("[redacted]");
        assertThat(n.path("lines").get(0).path("item").asText()).isEqualTo("Marder");
    }

    @Test
    void formsAndFilesAreRecordedWithSecretsRedacted() throws Exception {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("title", List.of("Marders"));
        form.put("_csrf", List.of("c5rf-value"));
        form.put("password", List.of("hunter2"));
        form.put("tags", List.of("a", "b"));
        String p = Payloads.form(form, List.of(Map.of("name", "weapons.csv", "size", 1234L)));
        assertThat(p).doesNotContain("hunter2").doesNotContain("c5rf-value");
        JsonNode n = JSON.readTree(p);
        assertThat(n.path("title").asText()).isEqualTo("Marders");
        assertThat(n.path("tags")).hasSize(2);
        assertThat(n.path("_files").get(0).path("name").asText()).isEqualTo("weapons.csv");
        assertThat(Payloads.form(Map.of(), List.of())).isNull();
    }

    @Test
    void aBodyThatIsNotJsonIsKeptAsTextWithSecretsBlanked() throws Exception {
        String p = Payloads.json("{\"donor\": \"Germany\", \"password\": \"hunter2\", ");
        assertThat(p).doesNotContain("hunter2");
        assertThat(JSON.readTree(p).path("_unparsed").asText()).contains("Germany").contains("[redacted]");
        assertThat(Payloads.json("user=alice&password=hunter2&x=1")).doesNotContain("hunter2").contains("user=alice");
        assertThat(Payloads.json("  ")).isNull();
    }

    @Test
    void aLargePayloadIsCappedAndStaysJson() throws Exception {
        String big = "{\"password\": \"hunter2\", \"note\": \"" + "\\\"x".repeat(40_000) + "\"}";
        String p = Payloads.json(big);
        assertThat(p.length()).isLessThanOrEqualTo(Payloads.MAX_CHARS);
        assertThat(p).doesNotContain("hunter2");
        JsonNode n = JSON.readTree(p);
        assertThat(n.path("_truncated").asBoolean()).isTrue();
        assertThat(n.path("_length").asInt()).isGreaterThan(Payloads.MAX_CHARS);
    }

    @Test
    void commandLineArgumentsAreRedactedToo() {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("format", "kiel-activities");
        args.put("dbPassword", "hunter2");
        assertThat(Payloads.of(args)).contains("kiel-activities").doesNotContain("hunter2");
    }
}
