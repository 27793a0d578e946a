package org.claimtrack.ingest.warc;

import java.util.function.Function;
import org.claimtrack.domain.Article;
import org.claimtrack.domain.Result;

/**
 * Turns one HTML page into an article, or into a problem naming {@link HtmlPage#input()} when the
 * page holds no article. This is where an HTML extractor plugs in; for example, with the project's
 * {@code HtmlArticleExtractor}:
 *
 * <pre>{@code
 * HtmlArticleExtractor x = HtmlArticleExtractor.standard();
 * PageToArticle pages = page -> x.extract(page.input(), page.html(), page.url()).map(h -> toArticle(h, page));
 * }</pre>
 *
 * <p>Readers that use it ({@link WarcArticles}) set the article's id, file, address and, when the
 * page states none, its date from the archive record; the extractor supplies text, body, title,
 * publisher and hash. An implementation must be safe to call from the reading thread; an exception
 * it throws is caught and reported as a problem of that page.
 */
@FunctionalInterface
public interface PageToArticle extends Function<HtmlPage, Result<Article>> {}
