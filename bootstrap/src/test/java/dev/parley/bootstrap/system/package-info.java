/** System tests: the runnable parley.jar started as a user starts it, probed over real HTTP. */
package dev.parley.bootstrap.system;
