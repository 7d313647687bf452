package org.fanoutlab.ui.lab.controls;

/** What each control means in a real system: the tooltips of the controls pane. */
public final class ControlTexts {
    public static final String MODEL = "Who moves the data.\n"
            + "Push: when someone posts, the fan-out service copies the post into every follower's feed cache.\n"
            + "Pull: the post is stored once; each time a follower refreshes, the servers ask every account "
            + "they follow for anything new.\n"
            + "Hybrid: push for ordinary accounts, pull at read time for accounts at or above the celebrity "
            + "threshold.";
    public static final String FOLLOWERS = "How many accounts follow this producer. In push every post costs one "
            + "feed-cache write per follower, which is why one account with tens of millions of followers can "
            + "swamp a fan-out service. Type 50M, 2.5k or a plain number.";
    public static final String POSTS_PER_HOUR = "How often this producer posts. In push each post is another round of "
            + "cache writes; in pull, rare posts mean most refreshes find nothing new.";
    public static final String POLL = "How often each consumer refreshes its feed (the app polling the servers). "
            + "In pull this is also how long a post can sit unseen: shorter means fresher feeds but more "
            + "requests that come back empty. Type 30s, 5 min or 1h.";
    public static final String THRESHOLD = "Hybrid only: accounts with at least this many followers are not pushed. "
            + "Their posts stay in one place and are fetched and merged when a follower opens the feed. "
            + "Lower it and fewer posts are copied, but every refresh queries more accounts.";
    public static final String FANOUT_RATE = "How many timeline-cache writes per second the fan-out service can do. "
            + "A post to 50 million followers at one million writes a second takes 50 seconds to reach the "
            + "last of them, and posts made meanwhile wait in the same queue.";
    public static final String UNLIMITED = "Pretend the fan-out service is infinitely fast: every cache write lands "
            + "the moment the post is made. Shows the cost of push without its queueing delay.";
    public static final String CACHE = "How many of the newest entries each consumer's feed cache keeps. Older ones "
            + "are evicted, as a real timeline cache keeps only the latest few hundred posts per user.";
    public static final String SEED = "The random seed decides who follows whom, when each consumer refreshes and, "
            + "for Poisson producers, when they post. Changing it restarts the run from time 0 (your other "
            + "settings are kept).";

    private ControlTexts() {
    }
}
