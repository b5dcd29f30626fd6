/** Named sealed secrets that adapters need across restarts (for example the messaging operator and account keys). */
package dev.parley.application.vault;
