package org.fanoutlab.engine;

import java.util.Objects;

/** One account that posts, with its audience size and posting pace. */
public record Producer(String name, long followers, double postsPerHour, Schedule schedule) {
    public Producer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schedule, "schedule");
        if (followers < 1 || followers > Limits.MAX_PEOPLE) {
            throw new IllegalArgumentException("followers must be 1 to " + Limits.MAX_PEOPLE + ", was " + followers);
        }
        if (!(postsPerHour >= 0) || postsPerHour > Limits.MAX_POSTS_PER_HOUR) {
            throw new IllegalArgumentException("postsPerHour must be 0 to " + Limits.MAX_POSTS_PER_HOUR + ", was "
                    + postsPerHour);
        }
    }

    public Producer withFollowers(long newFollowers) {
        return new Producer(name, newFollowers, postsPerHour, schedule);
    }

    public Producer withPostsPerHour(double newPostsPerHour) {
        return new Producer(name, followers, newPostsPerHour, schedule);
    }
}
