package org.claimgraph.ingest.clean;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shapes of single (trimmed) lines: site chrome, metadata lines, headlines and body sentences.
 *
 * <p>Chrome shapes describe the whole line, or for cookie banners and copyright lines a short line's telltale
 * opening or ending, so that a body sentence which merely mentions a chrome word ("cookies", "logo", "by") is never
 * taken for chrome. Length caps come first: besides ruling out body paragraphs cheaply, they keep
 * {@code java.util.regex}, which recurses once per repetition and backtracks on runs of spaces, off long lines.
 */
final class LineShapes {

    /** A chrome line that may carry the site's own name; {@code name} is null when it does not. */
    record Named(String name) {
    }

    /** {@code author} when the line also names one ("Posted on September 15, 2021 by Jane Doe"), else null. */
    record Dateline(LocalDate publishedOn, LocalDate updatedOn, String author) {
    }

    record Byline(String author, LocalDate publishedOn) {
    }

    /** Characters that separate menu items or pager arrows. */
    private static final String SEP = "[\\h|·•/»>–—\\-]";

    /** A proper name: capitalised words, allowing the lower-case joiners that names of outlets contain. */
    private static final String NAME_WORD = "[\\p{Lu}\\p{N}&][\\p{L}\\p{N}'’&.\\-]*";
    private static final String NAME_JOINER = "(?:of|the|and|de|du|des|la|le|el|al|di|da)";
    private static final String NAME_START = "[\\p{Lu}\\p{N}][\\p{L}\\p{N}'’&.\\-]*";
    private static final String NAME_MORE = "(?:\\h+(?:" + NAME_WORD + "|" + NAME_JOINER + "))";

    private static final Pattern PAGE_MARKER = Pattern.compile("[↑^]?\\h*(?i:" + phrases(
            "top of page|bottom of page|back to top|scroll to top|go to top|skip to main content|skip to content"
                    + "|skip to main|skip navigation|jump to content") + ")\\h*[↑^]?");

    private static final Pattern COOKIE_WORD = Pattern.compile("(?i)\\bcookies?\\b");
    private static final String BUTTON = "(?i:accept all cookies|accept cookies|accept all|accept|reject all|reject"
            + "|decline|i agree|agree|okay|ok|got it|read more|learn more|more information|more info|cookie settings"
            + "|cookie policy|privacy policy|manage cookies|manage preferences|manage settings|manage options"
            + "|allow all cookies|allow cookies|allow all|allow|close)";
    private static final String BUTTONS = "(?:" + phrases(BUTTON) + "\\h*[|·•]?\\h*)+";
    private static final Pattern COOKIE_OPENER = Pattern.compile("^(?i:" + phrases(
            "(?:this|our) (?:web\\h*)?site uses cookies|we (?:and our partners )?use cookies|cookies help us"
                    + "|by (?:continuing|using|clicking|browsing)\\b.{0,100}?\\bcookies") + ")");
    private static final Pattern COOKIE_BUTTONS_AT_END = Pattern.compile("(?:^|[\\h.!?])" + BUTTONS + "$");
    private static final Pattern BUTTONS_ONLY = Pattern.compile(BUTTONS);
    private static final int MAX_COOKIE_BANNER = 600;

    private static final String NAV_ITEM = "(?i:home|index|about\\h*us|about|contact\\h*us|contact|privacy\\h*policy"
            + "|privacy|terms\\h*of\\h*(?:use|service)|terms\\h*(?:&|and)\\h*conditions|terms|cookie\\h*policy|subscribe"
            + "|newsletter|log\\h*in|log\\h*out|sign\\h*in|sign\\h*up|register|my\\h*account|account|search|menu|blog|news"
            + "|shop|store|donate|advertise|careers|jobs|faq|archives?|categories|events|podcasts?|videos?|team|services"
            + "|support|help)"
            // Menus glued together by HTML-to-text ("IndexAbout UsContact Us") only split at a capital letter.
            + "(?=$|" + SEP + "|\\p{Lu})";
    private static final Pattern NAV_ITEM_PATTERN = Pattern.compile(NAV_ITEM);
    // The site's name is optional and as short as possible, so that menu items are never swallowed into it.
    private static final Pattern NAV_LINE = Pattern.compile("(?:(?<name>" + NAME_START + NAME_MORE + "{0,4}?)\\h+)??"
            + "(?<items>(?:" + SEP + "*" + NAV_ITEM + ")+)" + SEP + "*");
    private static final Pattern NAV_HOME_FIRST = Pattern.compile(
            "^" + SEP + "*(?i:home|index)(?=$|" + SEP + "|\\p{Lu})");
    // A bar needs one item that only menus have: "News Blog" alone could be a heading.
    private static final Pattern NAV_STRONG_ITEM = Pattern.compile("(?i:home|index|about\\h*us|about|contact\\h*us"
            + "|contact|privacy\\h*policy|terms.*|subscribe|log\\h*in|sign\\h*in|menu)");
    // Items that are chrome even on a line of their own; "About" or "News" alone may be headings.
    private static final Pattern NAV_ALONE_ITEM = Pattern.compile("(?i:about\\h*us|contact\\h*us|privacy\\h*policy"
            + "|terms\\h*of\\h*(?:use|service)|terms\\h*(?:&|and)\\h*conditions|cookie\\h*policy|log\\h*in|log\\h*out"
            + "|sign\\h*in|sign\\h*up|my\\h*account)");
    private static final int MAX_MENU = 200;
    private static final Pattern MORE_LINK = Pattern.compile(
            "(?i:read\\h+more|continue\\h+reading|show\\h+more|load\\h+more)\\h*[»›→>.…]*");

    private static final Pattern LOGO = Pattern.compile(
            "(?:(?<name>" + NAME_START + NAME_MORE + "{0,5})\\h+)?(?i:logo)");

    // "Next articleHow to…": the link text follows the label, glued on or after a separator, never in lower case
    // ("Next article will cover…" is a sentence).
    private static final Pattern PAGER = Pattern.compile(
            "(?i:previous|prev|next|older|newer)\\h*(?i:article|post|story|entry|page|item)s?"
                    + "(?:$|\\h*[:»›>|–—\\-]|\\h*(?=[\\p{Lu}\\p{N}\"“‘'])).{0,250}"
                    + "|[«‹←<]?\\h*(?i:previous|prev|next|older(?:\\h+(?:posts|entries))?|newer(?:\\h+(?:posts|entries))?)"
                    + "\\h*[»›→>]?"
                    + "|(?i:page)\\h+\\d+\\h+(?i:of)\\h+\\d+");
    private static final int MAX_PAGER = 300;

    private static final Pattern VIEW_COUNTER = Pattern.compile(
            "(?:\\d[\\d,.]*\\h*[kKmM]?\\h*(?i:views?|comments?|likes?|shares?|reads?|reactions?|replies|reply)"
                    + "\\h*[·•|,]?\\h*)+"
                    + "|\\d+\\h*(?i:min(?:ute)?s?)\\h+(?i:read)");

    private static final Pattern MORE_IN = Pattern.compile("(?i:more\\h+in)(?:\\h+\\p{Lu}[^.!?]{0,50})?");
    // A year or the © sign is required so that a heading such as "Copyright law in Mali" stays.
    private static final Pattern COPYRIGHT = Pattern.compile(
            "^(?:©|(?:\\((?i:c)\\)|(?i:copyright))\\h*(?:©|\\((?i:c)\\))?\\h*(?:19|20)\\d{2})"
                    + "|(?i)\\ball\\h+rights\\h+reserved\\b");
    // Only verbs that credit a site's makers: "Built by the Soviets in 1970, …" is content.
    private static final Pattern CREDIT = Pattern.compile(
            "(?i:web(?:site)?\\h*design(?:\\h*(?:&|and)\\h*development)?\\h*(?:by|[-–—:|])"
                    + "|(?:proudly\\h+)?(?:designed|developed|powered|hosted)(?:\\h+(?:&|and)\\h+\\w+)?"
                    + "\\h+by"
                    + "|(?:site|website|theme)\\h+by)\\h*\\S.*");
    // A wire story's staff credits: "Reporting by A and B; additional reporting by C in Paris; Editing by D".
    private static final Pattern CREDIT_PART = Pattern.compile("\\(?(?i:(?:additional\\h+)?reporting|writing|editing"
            + "|compiled|graphics|research|photography|video|production)\\h+(?i:by)\\h+(?<names>\\p{Lu}[^;()]{0,120}?)\\)?\\.?");
    private static final Set<String> WORDS_AMONG_NAMES = Set.of("and", "in", "with", "at", "from", "of", "de", "van", "von",
            "al", "el", "da", "du", "le", "la", "bin", "ibn", "del", "der");
    private static final Pattern TRUST_PRINCIPLES = Pattern.compile(
            "(?i)our\\h+standards:?\\h+the\\h+thomson\\h+reuters\\h+trust\\h+principles\\.?");
    private static final int MAX_FOOTER = 200;
    private static final int MAX_CREDIT_WORDS = 12;

    // Labels that only related-post widgets use, never an article's own section headings.
    private static final Pattern RELATED_HEADING = Pattern.compile("(?i:" + phrases(
            "recent posts|related (?:posts|articles|stories|content|reading|news)|you (?:may|might) also (?:like|enjoy)"
                    + "|more (?:stories|articles|posts|news)|popular (?:posts|articles|stories)"
                    + "|latest (?:posts|articles|stories)|most (?:read|popular|viewed)|read next|recommended(?: for you)?"
                    + "|see all|view all") + ")\\h*:?");
    private static final Pattern RELATED_LINK = Pattern.compile("(?i:" + phrases(
            "read more|also read|read also|see also|related|recommended|read next") + ")\\h*:\\h*\\S.{0,200}");

    // A reader-comments section opens with one of these; what follows it is readers' words, not the article's.
    private static final Pattern COMMENTS_HEADING = Pattern.compile("(?i:\\d+\\h+comments?|comments|\\d+\\h+responses?(?:\\h+to\\h+.{1,150})?"
            + "|" + phrases("leave a (?:reply|comment)|post a comment|add a comment|join the (?:discussion|conversation)")
            + ")\\h*:?");
    private static final String SHARE_TARGET = "facebook|twitter|x|whatsapp|linkedin|telegram|reddit|pinterest|email|e-mail"
            + "|print|messenger|copy\\h+link|flipboard";
    private static final Pattern SHARE_BAR = Pattern.compile("(?i:(?:share(?:\\h+(?:on|via|this(?:\\h+(?:article|story|post))?))?"
            + "|tweet|" + SHARE_TARGET + ")(?:\\h*[|·•,:]?\\h+|\\h*$))+");
    private static final Pattern SHARE_WORD = Pattern.compile("(?i)\\b(?:share|tweet)\\b|(?:\\b(?:" + SHARE_TARGET + ")\\b.*){2}");
    private static final Pattern TAG_LIST = Pattern.compile(
            "(?i:tags|tagged(?:\\h+with)?|filed\\h+under|categories|category)\\h*:\\h*[^.!?]{1,200}");
    private static final int MAX_TAGS = 15;

    private static final Pattern REFERENCES_HEADING = Pattern.compile("(?i:" + phrases(
            "references|bibliography|works cited|sources|further reading|notes|footnotes|endnotes|citations")
            + ")\\h*:?");
    private static final Pattern BULLET = Pattern.compile("^(?:[•·▪◦‣∙●○■□►*–—\\-]|\\d{1,3}[.)]|\\[\\d{1,3}])\\h*");
    private static final Pattern CITATION_AUTHOR = Pattern.compile("^\\p{Lu}[\\p{L}\\p{M}'’\\-]+,\\h+(?:\\p{Lu}\\.\\h*)+");
    private static final Pattern CITATION_YEAR = Pattern.compile(
            "\\((?:1[5-9]|20)\\d{2}[a-z]?\\)|,\\h*(?:1[5-9]|20)\\d{2}[a-z]?[.,]");
    private static final Pattern CITATION_YEAR_IN_PARENS = Pattern.compile("\\((?:1[5-9]|20)\\d{2}[a-z]?\\)");
    private static final Pattern CITATION_SOURCE = Pattern.compile(
            "\\d+\\h*\\(\\d+\\)\\h*[,:]\\h*\\d+|\\bpp?\\.\\h*\\d+|\\b(?i:vol)\\.\\h*\\d+|\\b(?i:doi)\\b|https?://"
                    + "|\\b(?i:retrieved\\h+from)\\b|\\bet\\h+al\\.");
    private static final Pattern YEAR_OR_LINK = Pattern.compile("\\b(?:1[5-9]|20)\\d{2}\\b|https?://|\\bwww\\.");
    private static final int MAX_CITATION = 500;

    private static final Pattern DATELINE_PART = Pattern.compile(
            "(?<label>(?i:(?:last\\h+)?updated|(?:first\\h+)?published|posted|modified|date|released))"
                    + "(?:\\h+(?i:on))?\\h*[:\\-–—]?\\h*(?<date>.+)");
    private static final Pattern TRAILING_BY = Pattern.compile("(?<date>.+?)\\h+(?i:by)\\h+(?<who>\\S.*)");
    private static final Pattern DATELINE_SEPARATOR = Pattern.compile("\\h*[|·•]\\h*");
    private static final int MAX_DATELINE = 150;

    // Capitalised function words mark a title-case heading ("By The Numbers", "By Air And Sea"), not a name.
    private static final String PERSON_WORD = "(?!(?:The|And|Of|In|On|For|To|A|An|With|At|From|Into|Over|Under|Our"
            + "|Your|Its|This|That|These|Those|How|Why|What|When)(?![\\p{L}.'’\\-]))\\p{Lu}[\\p{L}\\p{M}'’.\\-]*";
    private static final String PERSON = PERSON_WORD + "(?:\\h+(?:" + PERSON_WORD
            + "|(?:de|da|del|della|di|du|dos|van|von|der|den|le|la|al|el|bin|ibn|ben)\\h+" + PERSON_WORD + ")){0,4}";
    private static final Pattern BYLINE = Pattern.compile("(?i:" + phrases(
            "written by|authored by|posted by|words by|story by|reported by|text by|by|author\\h*:") + ")"
                    + "\\h*:?\\h*(?<author>" + PERSON + "(?:(?:\\h*,\\h*|\\h+(?:and|&)\\h+)" + PERSON + "){0,4})"
                    // "By Tom Hardy, Security correspondent", "By Peter Miller in Dakar": the reporter's beat and place
                    + "(?:\\h*,\\h*(?:[\\p{L}-]+\\h+){0,3}(?i:correspondent|editor|reporter|writer|columnist|journalist"
                    + "|contributor|bureau\\h+chief))?"
                    + "(?:\\h+in\\h+\\p{Lu}[\\p{L}'’.-]+(?:\\h+\\p{Lu}[\\p{L}'’.-]+){0,2})?"
                    + "(?:\\h*(?:[|·•,–—\\-]|\\b(?i:on)\\b)\\h*(?<date>.+))?");
    private static final int MAX_BYLINE = 150;
    private static final int MAX_CAPTION = 400;
    private static final Pattern IMAGE_CAPTION = Pattern.compile(
            "(?i)(?:photo(?:graph)?|picture|image|caption|pictured|video|file\\h+photo)(?:\\h+credit)?\\h*:\\h*\\S");
    private static final Pattern IMAGE_CREDIT = Pattern.compile(
            "(?i)\\(\\h*(?:image|photo|picture)(?:\\h+credit)?\\h*:[^)]{1,80}\\)\\h*$");
    private static final Pattern EDITORIAL_NOTE = Pattern.compile("(?i)(?:correction|clarification)\\b[^:]{0,40}:\\h*\\S"
            + "|this\\h+(?:article|story|report)\\h+(?:was|has\\h+been)\\h+(?:amended|corrected|updated)\\b");
    private static final Pattern BYLINE_EXTRA_SEPARATOR = Pattern.compile("\\h*[|·•]\\h*");
    private static final Pattern READING_NOTE = Pattern.compile("(?i)\\d{1,3}\\h*(?:-\\h*)?(?:min(?:ute)?s?\\.?(?:\\h+read)?"
            + "|comments?|views?)\\h*");

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'”’»)\\]]*(?=\\h|$)");
    private static final Pattern WORD_BREAK = Pattern.compile("\\h+");
    private static final int MIN_SENTENCE_WORDS = 6;
    private static final int MAX_HEADLINE = 200;

    private LineShapes() {
    }

    static boolean isPageMarker(String line) {
        return PAGE_MARKER.matcher(line).matches();
    }

    static boolean isCookieBanner(String line) {
        return line.length() <= MAX_COOKIE_BANNER
                && COOKIE_WORD.matcher(line).find()
                && (COOKIE_OPENER.matcher(line).find() || COOKIE_BUTTONS_AT_END.matcher(line).find());
    }

    /** A line of nothing but consent buttons ("Accept", "Read More"), which belongs to an adjacent cookie banner. */
    static boolean isConsentButtons(String line) {
        return line.length() <= MAX_MENU && BUTTONS_ONLY.matcher(line).matches();
    }

    /**
     * A navigation bar or a lone "Read more" link, or null. The site's name is read only from a bar that starts with
     * its home link ("Olivium IndexAbout Us…"), because other words before a menu may be section names.
     */
    static Named navigation(String line) {
        if (line.length() > MAX_MENU) {
            return null;
        }
        if (MORE_LINK.matcher(line).matches()) {
            return new Named(null);
        }
        Matcher m = NAV_LINE.matcher(line);
        if (!m.matches()) {
            return null;
        }
        String name = m.group("name");
        String items = m.group("items");
        Matcher item = NAV_ITEM_PATTERN.matcher(items);
        int count = 0;
        boolean strong = false;
        String last = "";
        while (item.find()) {
            count++;
            last = item.group();
            strong |= NAV_STRONG_ITEM.matcher(last).matches();
        }
        boolean menu = count >= 2 ? strong : name == null && NAV_ALONE_ITEM.matcher(last).matches();
        if (!menu) {
            return null;
        }
        return new Named(name != null && NAV_HOME_FIRST.matcher(items).find() ? name : null);
    }

    static Named logo(String line) {
        Matcher m = LOGO.matcher(line);
        return m.matches() ? new Named(m.group("name")) : null;
    }

    static boolean isPager(String line) {
        return line.length() <= MAX_PAGER && PAGER.matcher(line).matches();
    }

    static boolean isViewCounter(String line) {
        return line.length() <= MAX_MENU && VIEW_COUNTER.matcher(line).matches();
    }

    static boolean isFooter(String line) {
        if (line.length() > MAX_FOOTER) {
            return false;
        }
        return MORE_IN.matcher(line).matches()
                || COPYRIGHT.matcher(line).find()
                || isWireCredits(line)
                || TRUST_PRINCIPLES.matcher(line).matches()
                || (CREDIT.matcher(line).matches() && words(line) <= MAX_CREDIT_WORDS && !isSentence(line));
    }

    /**
     * Every ";"-part credits people ("Editing by Alex Richardson"), with no other lower-case words than those that
     * join names and places: "Reporting by Reuters showed that …" is a sentence.
     */
    private static boolean isWireCredits(String line) {
        for (String part : line.strip().split("\\h*;\\h*")) {
            Matcher credit = CREDIT_PART.matcher(part);
            if (!credit.matches()) {
                return false;
            }
            for (String word : credit.group("names").split("[\\h,]+")) {
                if (!word.isEmpty() && Character.isLowerCase(word.codePointAt(0)) && !WORDS_AMONG_NAMES.contains(word)) {
                    return false;
                }
            }
        }
        return true;
    }

    static boolean isRelatedHeading(String line) {
        return RELATED_HEADING.matcher(line).matches();
    }

    static boolean isCommentsHeading(String line) {
        return COMMENTS_HEADING.matcher(line).matches();
    }

    /** "Share on Facebook Share on Twitter Email": the labels of sharing buttons, and nothing else. */
    static boolean isShareButtons(String line) {
        return line.length() <= MAX_MENU && SHARE_BAR.matcher(line).matches() && SHARE_WORD.matcher(line).find();
    }

    /** "Tags: Mali, Wagner, Russia": a label and a few keywords, no sentence. */
    static boolean isTagList(String line) {
        return TAG_LIST.matcher(line).matches() && words(line) <= MAX_TAGS + 2;
    }

    /** A picture's caption or credit: "Photo: Malian soldiers near Gao. (Image credit: AFP)". */
    static boolean isImageCaption(String line) {
        return line.length() <= MAX_CAPTION && (IMAGE_CAPTION.matcher(line).lookingAt() || IMAGE_CREDIT.matcher(line).find());
    }

    /** The outlet's note on its own article: "Correction, 13 January 2022: An earlier version …". */
    static boolean isEditorialNote(String line) {
        return line.length() <= MAX_CAPTION && EDITORIAL_NOTE.matcher(line).lookingAt();
    }

    /** An inline "Read more: …" / "See also: …" link to another article. */
    static boolean isRelatedLink(String line) {
        return RELATED_LINK.matcher(line).matches();
    }

    static boolean isReferencesHeading(String line) {
        return REFERENCES_HEADING.matcher(line).matches();
    }

    /**
     * A reference-list entry: "Surname, I. (year)…" anywhere, or a bulleted entry with a year and either an author
     * list or journal details (volume(issue), pages, doi, URL).
     */
    static boolean isCitation(String line) {
        if (line.length() > MAX_CITATION) {
            return false;
        }
        Matcher bullet = BULLET.matcher(line);
        boolean bulleted = bullet.find();
        String entry = bulleted ? line.substring(bullet.end()) : line;
        boolean author = CITATION_AUTHOR.matcher(entry).find();
        if (author && CITATION_YEAR_IN_PARENS.matcher(entry).find()) {
            return true;
        }
        return bulleted && CITATION_YEAR.matcher(entry).find() && (author || CITATION_SOURCE.matcher(entry).find());
    }

    /** Looser than {@link #isCitation}: only trusted under a "References" heading. */
    static boolean isListedReference(String line) {
        return isCitation(line) || (line.length() <= MAX_CITATION && YEAR_OR_LINK.matcher(line).find()
                && (BULLET.matcher(line).find() || !isSentence(line)));
    }

    /** "Updated: Nov 15, 2021", "Published on 3 March 2022 | Updated 4 March 2022", or null. */
    static Dateline dateline(String line) {
        if (line.length() > MAX_DATELINE) {
            return null;
        }
        LocalDate published = null;
        LocalDate updated = null;
        String author = null;
        for (String part : DATELINE_SEPARATOR.split(line)) {
            Matcher m = DATELINE_PART.matcher(part);
            LocalDate date = m.matches() ? Dates.parse(m.group("date")) : null;
            Matcher by = m.matches() && date == null ? TRAILING_BY.matcher(m.group("date")) : null;
            if (by != null && by.matches()) {
                // "September 15, 2021 by Jane Doe" (a publishing tool's "by admin" names no one)
                date = Dates.parse(by.group("date"));
                Byline byline = byline("By " + by.group("who"));
                author = author == null && byline != null ? byline.author() : author;
            }
            if (date == null) {
                return null;
            }
            String label = m.group("label").toLowerCase(Locale.ROOT);
            if (label.endsWith("updated") || label.equals("modified")) {
                updated = updated == null ? date : updated;
            } else {
                published = published == null ? date : published;
            }
        }
        return new Dateline(published, updated, author);
    }

    /** "Written by: X", "By X and Y", "By X | Sep 15, 2021", or null (e.g. for "By sending a militia, …"). */
    static Byline byline(String line) {
        if (line.length() > MAX_BYLINE) {
            return null;
        }
        Matcher m = BYLINE.matcher(line);
        if (!m.matches()) {
            return null;
        }
        LocalDate date = null;
        if (m.group("date") != null) {
            // "By Jane Doe · 3 May 2022 · 6 min read": the date, then what a page says of its length
            String[] parts = BYLINE_EXTRA_SEPARATOR.split(m.group("date"));
            date = Dates.parse(parts[0]);
            for (int i = 1; i < parts.length && date != null; i++) {
                date = READING_NOTE.matcher(parts[i]).matches() ? date : null;
            }
            if (date == null) {
                return null;
            }
        }
        return new Byline(m.group("author"), date);
    }

    /** At least a few words with a sentence end: the shape of article body, as opposed to labels and headings. */
    static boolean isSentence(String line) {
        return words(line) >= MIN_SENTENCE_WORDS && SENTENCE_END.matcher(line).find();
    }

    /** Short, at least two words, and not ending like a sentence or a clause. */
    static boolean isHeadline(String line) {
        if (line.length() > MAX_HEADLINE || words(line) < 2) {
            return false;
        }
        int end = line.length();
        while (end > 0 && "\"'”’»)]".indexOf(line.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && ".,;:…".indexOf(line.charAt(end - 1)) < 0;
    }

    /** Lets the spaces of a written phrase match any run of horizontal whitespace (pages use NBSP and doubles). */
    private static String phrases(String alternatives) {
        return alternatives.replace(" ", "\\h+");
    }

    private static int words(String line) {
        return line.isEmpty() ? 0 : WORD_BREAK.split(line).length;
    }
}
