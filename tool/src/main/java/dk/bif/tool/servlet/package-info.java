/**
 * BIF's tool on Jakarta Servlet 6: the activity pages, the deep-linking picker's pages and the
 * grade administrator's pages, mounted beside the LTI endpoints of {@code dk.bif.lti.servlet}. With
 * the assembly that mounts them, the only package of this module that imports {@code
 * jakarta.servlet}.
 */
package dk.bif.tool.servlet;
