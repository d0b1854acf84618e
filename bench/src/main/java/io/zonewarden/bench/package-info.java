/** JMH benchmarks of ZoneWarden; never run by the unit tests. */
package io.zonewarden.bench;
