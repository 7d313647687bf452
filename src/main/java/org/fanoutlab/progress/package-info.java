/**
 * What the learner did, kept on this device: answers, lesson states and settings as JSON files in the data folder,
 * written atomically, a damaged file set aside and reported as a {@link org.fanoutlab.progress.StoreNotice}
 * (docs/decisions/0004-content-and-progress.md). Toolkit-free; depends on no other package of the app.
 */
package org.fanoutlab.progress;
