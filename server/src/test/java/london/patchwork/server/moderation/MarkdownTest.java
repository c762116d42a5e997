package london.patchwork.server.moderation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTest {

    @Test
    void markdownBecomesHtml() {
        String html = Markdown.toHtml("# Fixing a puncture\n\nYou need **tyre levers**.\n\n- a pump\n- patches\n\n"
                + "[Repair café](https://example.org/cafe)");
        assertThat(html).contains("<h1>Fixing a puncture</h1>").contains("<strong>tyre levers</strong>")
                .contains("<li>a pump</li>").contains("href=\"https://example.org/cafe\"");
    }

    @Test
    void scriptsHandlersIframesAndDangerousLinksDoNotSurvive() {
        String html = Markdown.toHtml("""
                Hello <script>alert(1)</script>

                <img src="x" onerror="alert(2)"> <b onclick="alert(3)">bold</b>

                <iframe src="https://evil.example"></iframe>

                [click](javascript:alert(4)) [data](data:text/html;base64,PHNjcmlwdD4=)
                <a href="javascript:alert(5)">raw</a> <a href="data:text/html,x">rawdata</a>

                <style>body{display:none}</style>
                """);
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("onerror")
                .doesNotContainIgnoringCase("onclick").doesNotContainIgnoringCase("<iframe")
                .doesNotContainIgnoringCase("javascript:").doesNotContainIgnoringCase("data:")
                .doesNotContainIgnoringCase("<style").doesNotContain("alert(");
        // What is harmless is kept: the text, and the bold without its handler.
        assertThat(html).contains("Hello").contains("<b>bold</b>").contains("click");
    }

    @Test
    void theSummaryIsTheFirstParagraphAsText() {
        String html = Markdown.toHtml("# Title\n\nFirst *paragraph* here.\n\nSecond.");
        assertThat(Markdown.summary(html)).isEqualTo("First paragraph here.");
    }
}
