package org.ramstein.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramstein.common.ValidationException;

class NotebookTextTest {

    private static final String NOTEBOOK = """
            {"cells": [
              {"cell_type": "markdown", "metadata": {}, "source": ["# Leopard 2 deliveries\\n", "\\n", "Source: *tracker export*.\\n"]},
              {"cell_type": "code", "execution_count": 3, "metadata": {}, "source": "df.loc[df.donor == 'Spain', 'pledged'] = 20\\ndf",
               "outputs": [{"output_type": "execute_result", "execution_count": 3, "metadata": {},
                 "data": {"text/plain": ["   donor  pledged\\n", "0  Spain  20"],
                          "text/html": ["<table><thead><tr><th></th><th>donor</th><th>model</th><th>pledged</th></tr></thead>\\n",
                                        "<tbody><tr><th>0</th><td>Spain</td><td>Leopard 2A4</td><td>20</td></tr></tbody></table>"]}}]},
              {"cell_type": "code", "execution_count": 4, "metadata": {}, "source": ["print('done')"],
               "outputs": [{"output_type": "stream", "name": "stdout", "text": ["done\\n"]},
                           {"output_type": "error", "ename": "KeyError", "evalue": "'Norway'", "traceback": ["KeyError: 'Norway' line 12"]}]}
            ], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
            """;

    @Test
    void aNotebookReadsAsItsRenderedMarkdownAndWhatItsCellsShowNotItsCode() {
        String text = NotebookText.text(NOTEBOOK, "n.ipynb");
        assertThat(text).isEqualTo("""
                Leopard 2 deliveries

                Source: tracker export.

                | | donor | model | pledged |
                | --- | --- | --- | --- |
                | 0 | Spain | Leopard 2A4 | 20 |

                done
                """);
    }

    @Test
    void aNotebooksTableIsReadForItsClaims(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("n.ipynb"), NOTEBOOK);
        ExtractService service = ExtractService.bundled();
        List<ExtractService.Document> docs = service.read(List.of(dir));
        assertThat(docs).extracting(ExtractService.Document::name).containsExactly("n.ipynb");
        assertThat(service.extractAll(docs)).singleElement().satisfies(c -> {
            assertThat(c.donor()).isEqualTo("Spain");
            assertThat(c.kind()).isEqualTo("pledge");
            assertThat(c.quantity()).isEqualTo(20L);
        });
    }

    @Test
    void aFileThatIsNoNotebookGetsAnErrorNamingItAndItsLine() {
        assertThatThrownBy(() -> NotebookText.text("{\"cells\": [\n  {\"cell_type\": \"markdown\",, }]}", "broken.ipynb"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("broken.ipynb line 2").hasMessageContaining("not a Jupyter notebook");
        assertThatThrownBy(() -> NotebookText.text("{\"nbformat\": 4}", "empty.ipynb"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("empty.ipynb").hasMessageContaining("no \"cells\" list");
    }
}
