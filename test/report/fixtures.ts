/** A staff-target resume with strong and weak claims: what the screenshot shows. */
export const staffResume = `# Marta Okonkwo-Reyes

marta@example.invalid · Lisbon, Portugal

## Summary

Backend engineer with ten years of experience who enjoys turning fragile payment flows into boring ones.

## Experience

### Senior Software Engineer — Quayside Pay (2020–present)

- Wrote the design doc for splitting the monolithic ledger into per-currency services, chose event sourcing over nightly snapshots, and led the migration that five product teams now build on.
- Set the rollout gates and the rollback plan for the card-tokenisation cut-over, which moved 14M stored cards with no customer-facing incident.
- Carried the pager for settlement, rewrote its runbook and ran 9 postmortems; paging volume fell from 30 alerts a week to 4.
- Helped with the quarterly planning for the payments group.
- Defined the API versioning standard that every public endpoint in the company now follows, and reviewed each team's first release against it.
- Mentored three engineers until each ran a service's on-call on their own.

### Software Engineer — Fernhill Logistics (2016–2020)

- Built the route-pricing service in Kotlin, handling 2,000 quotes a second at a p99 of 80 ms.
- Worked on many cross-functional initiatives.
- Improved the reliability of the dispatch queue.

## Education

- MSc Computer Science, Universidade do Porto (2015)

## Skills

- Kotlin, Go, PostgreSQL, Kafka, Kubernetes
`;

/** A staff posting for a payments platform: the worksheet in the screenshot. */
export const staffPosting = `# Staff Engineer, Payments Platform

## What you will do

- Set the technical direction for the payments platform across the six teams that build on it.
- Write and review the design docs and standards other teams adopt, and decide where the platform's boundaries sit.
- Own the reliability of settlement and payouts: define SLOs and error budgets, and lead incident reviews.
- Stay hands-on: write code for the hardest migrations and review the riskiest changes.
- Mentor senior engineers and grow the next tech leads.
`;
