package org.claimgraph.ingest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import java.time.LocalDate;

@Input("IngestArticleInput")
@Description("A new article: its text (or HTML page) and whatever metadata is known. What is not given is taken "
        + "from the text where the text states it, else left empty.")
public class IngestInput {

    @NotNull
    @Description("The article's text or HTML, up to 1,000,000 characters.")
    public String text;

    @Size(max = 2000)
    @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
    @Description("Where the article was published. An article already stored under this URL is returned as it is when "
            + "the text is the same; other text is a CONFLICT error, and nothing is stored.")
    public String url;

    @Size(max = 1000)
    @Description("Title; default: the title line of the text, if it has one.")
    public String title;

    @Size(max = 200)
    @Description("The outlet that published it, by any name of a known outlet; an unknown name becomes an unreviewed "
            + "candidate outlet. Default: a known outlet the page names (site name, logo line, or the wire service a "
            + "dateline credits, as in \"BAMAKO, 3 March (Reuters) - \"), else the site name an HTML page's markup "
            + "states (og:site_name) or the credited wire service as a candidate outlet.")
    public String outlet;

    @Size(max = 500)
    @Description("Byline; default: the byline in the text, else an HTML page's <meta name=\"author\">, if any.")
    public String author;

    @Description("Publication date; default: the date an HTML page's markup gives for machines (Open Graph "
            + "article:published_time, schema.org datePublished), else the date the text states as its publication date, if any.")
    public LocalDate publishedAt;

    @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]+)*", message = "must be a language code such as `en`")
    @Description("Language code, e.g. `en`. Without it, the language an HTML page declares (`<html lang>`, `og:locale`), "
            + "else the language the text reads as by its commonest words, when it is at least 30 words of English, French, "
            + "German, Spanish, Italian, Portuguese, Dutch or Russian; else none.")
    public String language;

    @DefaultValue("AUTO")
    @Description("Plain text or HTML; AUTO detects it.")
    public IngestFormat format = IngestFormat.AUTO;
}
