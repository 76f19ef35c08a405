import type { Persoon } from '../../lib/big5/definition';
import { formatList } from '../../lib/werkmap/namen';

/**
 * Condition 1 ("een volwassene die blijft") next to the netwerkkaart: who is
 * marked there as vaste volwassene, and who of them does not count because
 * they stop at 18. One definition: begrippen, id `vaste-volwassene`.
 */
export function VasteVolwassenen({ code, netwerk }: { code: string; netwerk: readonly Persoon[] }) {
	const marked = netwerk.filter((p) => p.vasteVolwassene);
	const namen = (blijft: Persoon['blijft'][]) =>
		formatList(marked.filter((p) => blijft.includes(p.blijft)).map((p) => p.naam));
	const blijven = namen(['ja', 'weet-niet']);
	const stoppen = namen(['nee']);
	const onbekend = namen(['weet-niet']);
	return (
		<div class="big5-netwerk">
			{marked.length === 0 ? (
				<p>In de netwerkkaart van {code} is nog niemand gemarkeerd als vaste volwassene.</p>
			) : (
				<>
					{blijven && (
						<p>
							Vaste volwassene volgens de netwerkkaart: <strong>{blijven}</strong>.
						</p>
					)}
					{onbekend && <p>Van {onbekend} is nog niet bekend of die na 18 blijft. Vraag het na.</p>}
					{stoppen && (
						<p>
							{stoppen} stopt bij 18 en telt hier daarom niet: een vaste volwassene blijft, ook na de 18e verjaardag.
						</p>
					)}
				</>
			)}
			<p>
				<a href="/werkmap/netwerk/">Naar de netwerkkaart van {code}</a>
			</p>
		</div>
	);
}
