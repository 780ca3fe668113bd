/**
 * Implementation detail, not API: may change in any release without notice.
 */
package io.github.flymachines.internal.http;
