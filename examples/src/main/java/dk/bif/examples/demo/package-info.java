/**
 * The demo: our LTI tool and a small demo LMS (the reference platform from {@code lti-testkit}) on
 * localhost, on the embedded H2 database, seeded on the first start with two BIF cohorts, their
 * participants, leaders and a teacher. {@link dk.bif.examples.demo.DemoServer} wires everything by
 * hand; the demo LMS's own pages (pick a user, course, gradebook) are served next to the platform's
 * LTI endpoints.
 */
package dk.bif.examples.demo;
