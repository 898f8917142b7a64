/**
 * BIF's tool assembled from the programme core, the tool's storage ({@link
 * dk.bif.tool.assembly.ToolStorage}) and the LTI library: {@link dk.bif.tool.assembly.BifTool}, the
 * one assembly that {@code bif serve}, the demo and the tests share.
 */
package dk.bif.tool.assembly;
