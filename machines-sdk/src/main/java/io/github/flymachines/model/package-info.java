/**
 * The API's requests and answers as immutable records with builders and withers, and open
 * enumerations that keep values this SDK does not know. Unknown JSON fields are kept and written
 * back unchanged.
 */
package io.github.flymachines.model;
