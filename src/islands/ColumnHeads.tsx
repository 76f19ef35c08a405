/** The header row of a table: one column heading per name. */
export function ColumnHeads({ names }: { names: readonly string[] }) {
	return (
		<thead>
			<tr>
				{names.map((name, i) => (
					<th scope="col" key={i}>
						{name}
					</th>
				))}
			</tr>
		</thead>
	);
}
