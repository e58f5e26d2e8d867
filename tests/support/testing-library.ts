/**
 * Lazy-loaded pane parts (React.lazy) are compiled by ts-jest the first time they are imported, which on a
 * busy CI machine takes longer than testing-library's default 1 s for findBy… and waitFor. Waiting longer changes
 * no assertion: a part that never appears still fails the test.
 */
import { configure } from "@testing-library/dom";

configure({ asyncUtilTimeout: 15000 });
