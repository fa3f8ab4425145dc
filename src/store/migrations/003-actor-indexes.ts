/**
 * Indexes for an actor's profile at scale: the articles that report facts
 * about an actor are found from each fact table by actor.
 */
export const sql = `
create index pledges_actor on pledges (actor, article_id);
create index quotes_actor_article on quotes (actor, article_id);
create index interactions_actor_article on interactions (actor, article_id);
create index interactions_target_article on interactions (target, article_id);
`
