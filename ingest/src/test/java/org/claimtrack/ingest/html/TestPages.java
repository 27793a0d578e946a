package org.claimtrack.ingest.html;

/** Hand-written pages laid out the way news sites lay them out, furniture included. */
final class TestPages {
  private TestPages() {}

  /** The article paragraphs of {@link #NEWS}, in order. */
  static final String[] NEWS_PARAGRAPHS = {
    "The city council approved a budget of $4.2 billion on Tuesday, a 3% increase over last year, after a"
        + " debate that ran past midnight.",
    "Mayor Ana Ruiz said the increase would pay for 120 new teachers and the repair of 35 kilometres of roads,"
        + " according to a statement released by her office.",
    "What the budget funds",
    "Transit gets $310 million, up from $280 million, the finance department said.",
    "Libraries will open on Sundays for the first time since 2009.",
    "Critics, including council member Tom Lee, said the plan relies on revenue forecasts that are \"at best"
        + " optimistic\", and warned of a shortfall of up to $90 million by 2026.",
  };

  /** A news page: JSON-LD, Open Graph, navigation, share bar, ads, related links, comments, cookie banner. */
  static final String NEWS = """
      <!DOCTYPE html>
      <html lang="en-GB">
      <head>
        <meta charset="utf-8">
        <title>Council passes $4.2bn budget | Example Gazette</title>
        <link rel="canonical" href="https://gazette.example/news/2024/11/19/council-budget">
        <meta property="og:title" content="Council passes $4.2bn budget">
        <meta property="og:site_name" content="Example Gazette">
        <meta property="article:published_time" content="2024-11-19T23:10:00+00:00">
        <meta name="author" content="Jane Doe">
        <script type="application/ld+json">
        {"@context": "https://schema.org", "@type": "NewsArticle",
         "headline": "Council passes $4.2bn budget after late-night debate",
         "datePublished": "2024-11-19T18:10:00-05:00", "dateModified": "2024-11-20T09:00:00-05:00",
         "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}],
         "publisher": {"@type": "Organization", "name": "Example Gazette"},
         "mainEntityOfPage": "https://gazette.example/news/2024/11/19/council-budget"}
        </script>
        <style>body { font-family: serif; }</style>
      </head>
      <body class="single has-sidebar">
        <div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience. By continuing
          to browse the site you agree to our use of cookies and our privacy policy. <button>Accept</button></div>
        <header class="site-header">
          <a href="/" class="logo">Example Gazette</a>
          <nav class="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
            <li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
        </header>
        <div class="ad ad-leaderboard">Advertisement</div>
        <main>
          <article class="story">
            <h1 class="headline">Council passes $4.2bn budget after late-night debate</h1>
            <div class="byline">By <a rel="author" href="/staff/jane-doe">Jane Doe</a> and John Roe</div>
            <time class="published" datetime="2024-11-19T18:10:00-05:00">November 19, 2024</time>
            <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
            <figure><img src="council.jpg" alt=""><figcaption>The council chamber on Tuesday. Photo: City Hall</figcaption></figure>
            <div class="article-body" itemprop="articleBody">
              <p>The city council approved a budget of $4.2 billion on Tuesday, a 3% increase over last year, after a debate that ran past midnight.</p>
              <p>Mayor Ana Ruiz said the increase would pay for 120 new teachers and the repair of 35 kilometres of roads, according to a statement released by her office.</p>
              <div class="ad-slot"><span>Advertisement</span></div>
              <h2>What the budget funds</h2>
              <ul>
                <li>Transit gets $310 million, up from $280 million, the finance department said.</li>
                <li>Libraries will open on Sundays for the first time since 2009.</li>
              </ul>
              <aside class="related-inline"><h3>Related</h3><a href="/news/2024/10/01/budget-draft">Draft budget leaked</a></aside>
              <p>Critics, including council member Tom Lee, said the plan relies on revenue forecasts that are "at best optimistic", and warned of a shortfall of up to $90 million by 2026.</p>
              <p>Read more: <a href="/news/2024/11/18/council-preview">What to expect from the council vote</a></p>
            </div>
            <div class="newsletter-signup"><h3>Get the morning briefing</h3><p>Sign up for our newsletter and get the
              day's top stories in your inbox every morning.</p><form><input type="email"><button>Subscribe</button></form></div>
            <div class="tags"><a href="/tag/council">Council</a> <a href="/tag/budget">Budget</a></div>
          </article>
          <section class="related-stories">
            <h2>Related stories</h2>
            <ul>
              <li><a href="/news/2024/11/01/transit">Transit fares to rise in January as ridership recovers</a></li>
              <li><a href="/news/2024/10/21/schools">Schools plan for 120 new teachers next autumn</a></li>
            </ul>
          </section>
          <section id="comments" class="comments">
            <h2>Comments</h2>
            <div class="comment"><p class="comment-author">reader42</p><p>This budget is a disgrace, the roads in my
              neighbourhood have not been fixed in a decade and now they want more money from us all.</p></div>
            <div class="comment"><p class="comment-author">citywatcher</p><p>Finally some money for libraries, which
              have been neglected for years while the council spent on consultants and vanity projects.</p></div>
          </section>
        </main>
        <aside class="sidebar">
          <div class="widget most-read"><h3>Most read</h3><ol><li><a href="/a">Storm closes schools across the region</a></li>
            <li><a href="/b">Stadium deal collapses at the last minute</a></li></ol></div>
        </aside>
        <footer class="site-footer"><p>© 2024 Example Gazette. All rights reserved.</p>
          <a href="/privacy">Privacy policy</a> <a href="/terms">Terms of use</a></footer>
      </body>
      </html>
      """;
}
